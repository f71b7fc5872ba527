-- The case engine takes every case type: a case's parties (with their ratings and contact records), its clocks
-- (each on a deadline, with its purpose and frozen timeliness) and its replies (one record each, never erased)
-- move out of case_item. States and actions become each type's own codes. Ended deadlines are marked finished,
-- so that a calendar import never recomputes them.

CREATE TABLE case_party (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      BIGINT        NOT NULL REFERENCES case_item (id),
    seq          INTEGER       NOT NULL,
    party_role   VARCHAR(24)   NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    phone        VARCHAR(20),
    email        VARCHAR(200),
    affiliation  VARCHAR(200),
    consent      BOOLEAN       NOT NULL,
    CONSTRAINT case_party_order UNIQUE (case_id, seq)
);

CREATE TABLE case_rating (
    party_id        BIGINT        NOT NULL REFERENCES case_party (id),
    round_no        INTEGER       NOT NULL,
    satisfaction    VARCHAR(24)   NOT NULL,
    rating_comment  VARCHAR(500),
    rated_at        TIMESTAMP     NOT NULL
);
CREATE INDEX case_rating_party ON case_rating (party_id);

CREATE TABLE case_contact (
    party_id      BIGINT         NOT NULL REFERENCES case_party (id),
    how           VARCHAR(16)    NOT NULL,
    contacted_on  DATE           NOT NULL,
    contacted_by  VARCHAR(64)    NOT NULL,
    note          VARCHAR(2000)
);
CREATE INDEX case_contact_party ON case_contact (party_id);

CREATE TABLE case_clock (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id            BIGINT       NOT NULL REFERENCES case_item (id),
    purpose            VARCHAR(32)  NOT NULL,
    department         VARCHAR(32),
    deadline_id        BIGINT       NOT NULL REFERENCES deadline (id),
    started_on         DATE         NOT NULL,
    due_on             DATE         NOT NULL,
    provisional        BOOLEAN      NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    ended_at           TIMESTAMP,
    on_time            BOOLEAN,
    due_soon_reminded  BOOLEAN      NOT NULL,
    overdue_reminded   BOOLEAN      NOT NULL,
    CONSTRAINT case_clock_status_known CHECK (status IN ('RUNNING', 'PAUSED', 'MET', 'STOPPED'))
);
CREATE INDEX case_clock_case ON case_clock (case_id);
CREATE INDEX case_clock_due ON case_clock (status, due_on);
CREATE INDEX case_clock_deadline ON case_clock (deadline_id);

CREATE TABLE case_reply (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      BIGINT       NOT NULL REFERENCES case_item (id),
    round_no     INTEGER      NOT NULL,
    department   VARCHAR(32),
    actor        VARCHAR(64)  NOT NULL,
    sent_at      TIMESTAMP    NOT NULL,
    reply_text   TEXT         NOT NULL,
    due_on       DATE,
    on_time      BOOLEAN      NOT NULL,
    reply_class  VARCHAR(16)
);
CREATE INDEX case_reply_case ON case_reply (case_id);

ALTER TABLE deadline ADD COLUMN finished_at TIMESTAMP;
ALTER TABLE case_item ADD COLUMN held_reply TEXT;
ALTER TABLE case_item ADD COLUMN round_no INTEGER NOT NULL DEFAULT 1;
-- every action changes the row (so every action raises the version, an urge too)
ALTER TABLE case_item ADD COLUMN event_count INTEGER NOT NULL DEFAULT 0;
UPDATE case_item SET event_count = (SELECT COUNT(*) FROM case_event e WHERE e.case_id = case_item.id);
ALTER TABLE case_item ALTER COLUMN state SET DATA TYPE VARCHAR(32);
ALTER TABLE case_event ALTER COLUMN action SET DATA TYPE VARCHAR(32);
ALTER TABLE case_event ALTER COLUMN from_state SET DATA TYPE VARCHAR(32);
ALTER TABLE case_event ALTER COLUMN to_state SET DATA TYPE VARCHAR(32);

-- what the letters of the first release hold, moved
INSERT INTO case_party (case_id, seq, party_role, name, phone, email, consent)
    SELECT id, 1, 'WRITER', submitter_name, submitter_phone, submitter_email, public_consent FROM case_item;

INSERT INTO case_rating (party_id, round_no, satisfaction, rating_comment, rated_at)
    SELECT p.id, CASE WHEN c.satisfaction = 'DISSATISFIED' THEN c.rehandled ELSE c.rehandled + 1 END, c.satisfaction,
           c.rating_comment, COALESCE((SELECT MAX(e.occurred_at) FROM case_event e WHERE e.case_id = c.id AND e.action = 'RATE'),
                                      CURRENT_TIMESTAMP)
    FROM case_party p JOIN case_item c ON p.case_id = c.id WHERE c.satisfaction IS NOT NULL;

INSERT INTO case_reply (case_id, round_no, department, actor, sent_at, reply_text, due_on, on_time)
    SELECT c.id, c.rehandled + 1, c.lead_department,
           COALESCE((SELECT MAX(e.actor) FROM case_event e WHERE e.case_id = c.id AND e.to_state = 'REPLIED'), 'system'),
           c.replied_at, c.reply_text, c.due_on, COALESCE(c.replied_on_time, TRUE)
    FROM case_item c WHERE c.replied_at IS NOT NULL AND c.reply_text IS NOT NULL;

UPDATE case_item SET held_reply = reply_text WHERE state = 'REVIEW';
UPDATE case_item SET round_no = rehandled + 1;

INSERT INTO case_clock (case_id, purpose, department, deadline_id, started_on, due_on, provisional, status, ended_at,
                        on_time, due_soon_reminded, overdue_reminded)
    SELECT c.id, d.purpose, CAST(NULL AS VARCHAR(32)), d.id, d.started_on, d.due_on, d.provisional,
           CASE WHEN c.state IN ('RECEIVED', 'ACCEPTED', 'ASSIGNED', 'REVIEW') THEN 'RUNNING'
                WHEN c.state IN ('REPLIED', 'CLOSED') THEN 'MET' ELSE 'STOPPED' END,
           CASE WHEN c.state IN ('RECEIVED', 'ACCEPTED', 'ASSIGNED', 'REVIEW') THEN CAST(NULL AS TIMESTAMP)
                ELSE COALESCE(c.replied_at, CURRENT_TIMESTAMP) END,
           CASE WHEN c.state IN ('REPLIED', 'CLOSED') THEN COALESCE(c.replied_on_time, TRUE) ELSE CAST(NULL AS BOOLEAN) END,
           c.due_soon_reminded, c.overdue_reminded
    FROM case_item c JOIN deadline d ON d.id = c.deadline_id;

UPDATE deadline SET finished_at = CURRENT_TIMESTAMP
    WHERE id NOT IN (SELECT k.deadline_id FROM case_clock k WHERE k.status = 'RUNNING') AND owner_type = 'LETTER';
UPDATE case_item SET due_on = NULL, due_provisional = FALSE
    WHERE state NOT IN ('RECEIVED', 'ACCEPTED', 'ASSIGNED', 'REVIEW');

DROP INDEX case_published;
ALTER TABLE case_item DROP COLUMN submitter_name;
ALTER TABLE case_item DROP COLUMN submitter_phone;
ALTER TABLE case_item DROP COLUMN submitter_email;
ALTER TABLE case_item DROP COLUMN public_consent;
ALTER TABLE case_item DROP COLUMN deadline_id;
ALTER TABLE case_item DROP COLUMN due_soon_reminded;
ALTER TABLE case_item DROP COLUMN overdue_reminded;
ALTER TABLE case_item DROP COLUMN reply_text;
ALTER TABLE case_item DROP COLUMN replied_at;
ALTER TABLE case_item DROP COLUMN replied_on_time;
ALTER TABLE case_item DROP COLUMN reply_reviewed;
ALTER TABLE case_item DROP COLUMN satisfaction;
ALTER TABLE case_item DROP COLUMN rating_comment;
ALTER TABLE case_item DROP COLUMN rehandled;
CREATE INDEX case_published ON case_item (case_type, published, received_at);
