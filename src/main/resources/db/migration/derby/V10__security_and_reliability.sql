-- #15 Security and reliability.

-- A1: the audit trail's hash chain. Each event gets its place and hash when the sealer links it in; the head row
-- holds the last link (and its lock makes links one at a time).
ALTER TABLE audit_event ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_event ADD COLUMN chain_hash VARCHAR(64);
CREATE INDEX audit_event_chain ON audit_event (chain_seq);
CREATE TABLE audit_chain (
    id         INTEGER      NOT NULL PRIMARY KEY,
    last_seq   BIGINT       NOT NULL,
    last_hash  VARCHAR(64)  NOT NULL
);
INSERT INTO audit_chain (id, last_seq, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- N1, N3, N4: bodies purged once sent or dead; one Message-ID per message; the dead state.
ALTER TABLE outbox_message ALTER COLUMN body NULL;
UPDATE outbox_message SET body = NULL WHERE sent_at IS NOT NULL;
ALTER TABLE outbox_message ADD COLUMN message_id VARCHAR(250);
UPDATE outbox_message SET message_id = '<outbox-' || TRIM(CAST(id AS CHAR(20))) || '@govinbox.local>';
ALTER TABLE outbox_message ALTER COLUMN message_id NOT NULL;
ALTER TABLE outbox_message ADD COLUMN permanent_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox_message ADD COLUMN dead_at TIMESTAMP;

-- U1: who uploaded a file no case has claimed yet (a hash of the client address), for the per-address quota.
ALTER TABLE case_attachment ADD COLUMN uploader VARCHAR(64);
CREATE INDEX case_attachment_unclaimed ON case_attachment (case_id, uploader);
