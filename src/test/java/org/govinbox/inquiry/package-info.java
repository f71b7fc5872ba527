/**
 * A case type that exists only in the test sources — 咨询登记 INQUIRY — to show that a type plugs into the case
 * engine without a change to {@code casework}: its own workflow with a state no other type has (WAITING, 等待补充材料,
 * which pauses the clock), its own policy (built in code), its own request records and mail templates, one
 * standard action (urge), and its own public resource. The system tests deploy it in a build of their own
 * ({@code target/it-war}); the product's WAR never carries it.
 */
package org.govinbox.inquiry;
