-- The case engine (one table for every case type; the mailbox letter is the first), its append-only history,
-- letter attachments, the mail outbox, and the application's own secrets.

ALTER TABLE department ADD COLUMN email VARCHAR(200);

CREATE TABLE app_secret (
    name    VARCHAR(32)  NOT NULL PRIMARY KEY,
    value   VARCHAR(200) NOT NULL
);

CREATE TABLE case_item (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_type            VARCHAR(16)   NOT NULL,
    state                VARCHAR(16)   NOT NULL,
    channel              VARCHAR(32)   NOT NULL,
    category             VARCHAR(32)   NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    content              TEXT          NOT NULL,
    submitter_name       VARCHAR(50)   NOT NULL,
    submitter_phone      VARCHAR(20),
    submitter_email      VARCHAR(200),
    public_consent       BOOLEAN       NOT NULL,
    query_code           VARCHAR(20)   NOT NULL,
    idempotency_key      VARCHAR(100),
    request_digest       CHAR(64),
    received_at          TIMESTAMP     NOT NULL,
    lead_department      VARCHAR(32),
    assigned_on          DATE,
    due_on               DATE,
    due_provisional      BOOLEAN       NOT NULL,
    deadline_id          BIGINT,
    due_soon_reminded    BOOLEAN       NOT NULL,
    overdue_reminded     BOOLEAN       NOT NULL,
    extension_requested  INTEGER,
    extension_reason     VARCHAR(500),
    reply_text           TEXT,
    replied_at           TIMESTAMP,
    replied_on_time      BOOLEAN,
    reply_reviewed       BOOLEAN       NOT NULL,
    satisfaction         VARCHAR(24),
    rating_comment       VARCHAR(500),
    rehandled            INTEGER       NOT NULL,
    duplicate_of         BIGINT,
    reject_reason        VARCHAR(500),
    published            BOOLEAN       NOT NULL,
    published_content    TEXT,
    version              BIGINT        NOT NULL,
    CONSTRAINT case_query_code_unique UNIQUE (query_code),
    -- a UNIQUE constraint, not a unique index: Derby lets many letters have no key at all
    CONSTRAINT case_idempotency_unique UNIQUE (idempotency_key)
);
CREATE INDEX case_state_due ON case_item (case_type, state, due_on);
CREATE INDEX case_lead_due ON case_item (lead_department, due_on);
CREATE INDEX case_published ON case_item (published, replied_at);

CREATE TABLE case_co_handler (
    case_id     BIGINT       NOT NULL REFERENCES case_item (id),
    department  VARCHAR(32)  NOT NULL,
    opinion     VARCHAR(2000),
    PRIMARY KEY (case_id, department)
);
CREATE INDEX case_co_handler_department ON case_co_handler (department);

CREATE TABLE case_event (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      BIGINT        NOT NULL REFERENCES case_item (id),
    seq          INTEGER       NOT NULL,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    action       VARCHAR(24)   NOT NULL,
    from_state   VARCHAR(16),
    to_state     VARCHAR(16)   NOT NULL,
    department   VARCHAR(32),
    note         VARCHAR(2000),
    CONSTRAINT case_event_order UNIQUE (case_id, seq)
);

CREATE TABLE case_attachment (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id       BIGINT,
    upload_token  VARCHAR(64)   NOT NULL,
    filename      VARCHAR(200)  NOT NULL,
    media_type    VARCHAR(64)   NOT NULL,
    size_bytes    INTEGER       NOT NULL,
    content       BYTEA     NOT NULL,
    uploaded_at   TIMESTAMP     NOT NULL,
    CONSTRAINT case_attachment_token_unique UNIQUE (upload_token)
);
CREATE INDEX case_attachment_case ON case_attachment (case_id);

CREATE TABLE outbox_message (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient        VARCHAR(200)  NOT NULL,
    subject          VARCHAR(200)  NOT NULL,
    body             TEXT          NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP     NOT NULL,
    sent_at          TIMESTAMP,
    last_error       VARCHAR(200)
);
CREATE INDEX outbox_pending ON outbox_message (sent_at, next_attempt_at);
