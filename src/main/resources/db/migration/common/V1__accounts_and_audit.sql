-- Foundation: departments, staff accounts with roles, sessions, sign-in throttling and the audit trail.

CREATE TABLE department (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT department_code_unique UNIQUE (code),
    CONSTRAINT department_kind_known CHECK (kind IN ('OFFICE', 'BUREAU', 'TOWN', 'STREET'))
);

CREATE TABLE staff_account (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username              VARCHAR(32)  NOT NULL,
    display_name          VARCHAR(100) NOT NULL,
    department_id         BIGINT REFERENCES department (id),
    password_hash         VARCHAR(200) NOT NULL,
    must_change_password  BOOLEAN      NOT NULL,
    enabled               BOOLEAN      NOT NULL,
    created_at            TIMESTAMP    NOT NULL,
    password_changed_at   TIMESTAMP,
    version               BIGINT       NOT NULL,
    CONSTRAINT staff_account_username_unique UNIQUE (username)
);

CREATE TABLE staff_role (
    account_id  BIGINT      NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
    role        VARCHAR(16) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT staff_role_known CHECK (role IN ('ADMIN', 'DISPATCHER', 'HANDLER', 'PUBLISHER', 'AUDITOR'))
);

-- Only a hash of the bearer token is stored: a copy of the database does not let anyone sign in.
CREATE TABLE staff_session (
    token_hash    CHAR(64)    NOT NULL PRIMARY KEY,
    account_id    BIGINT      NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
    csrf_token    VARCHAR(64) NOT NULL,
    created_at    TIMESTAMP   NOT NULL,
    last_seen_at  TIMESTAMP   NOT NULL
);

-- Failed sign-ins are counted per username whether or not the account exists, so a lockout does not
-- tell which usernames are real.
CREATE TABLE sign_in_failure (
    username         VARCHAR(64) NOT NULL PRIMARY KEY,
    failures         INTEGER     NOT NULL,
    last_failure_at  TIMESTAMP   NOT NULL,
    locked_until     TIMESTAMP
);

CREATE TABLE audit_event (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at     TIMESTAMP    NOT NULL,
    actor           VARCHAR(64),
    action          VARCHAR(64)  NOT NULL,
    object_type     VARCHAR(32),
    object_id       VARCHAR(100),
    result          VARCHAR(16)  NOT NULL,
    client_address  VARCHAR(64),
    detail          VARCHAR(500)
);
CREATE INDEX audit_event_newest ON audit_event (occurred_at DESC, id DESC);
