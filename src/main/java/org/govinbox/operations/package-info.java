/**
 * Operations: what an administrator runs to keep the data safe — the online backup of the embedded database
 * ({@code POST /api/backups}) and the list of backups made; the restore is a documented procedure on a stopped server
 * (README, 备份与恢复); and, with several instances, which instance runs each scheduled job ({@code GET /api/jobs}).
 */
package org.govinbox.operations;
