-- The working-day calendar (holidays AND make-up working days, as data) and the deadline clocks of every case type.

CREATE TABLE calendar_year (
    calendar_year  INTEGER       NOT NULL PRIMARY KEY,
    official       BOOLEAN       NOT NULL,
    source         VARCHAR(2000),
    imported_at    TIMESTAMP     NOT NULL,
    imported_by    VARCHAR(64)   NOT NULL
);

CREATE TABLE calendar_day (
    day            DATE          NOT NULL PRIMARY KEY,
    calendar_year  INTEGER       NOT NULL REFERENCES calendar_year (calendar_year),
    kind           VARCHAR(16)   NOT NULL,
    name           VARCHAR(100)  NOT NULL,
    CONSTRAINT calendar_day_kind_known CHECK (kind IN ('HOLIDAY', 'MAKEUP_WORKDAY'))
);

CREATE TABLE deadline (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_type       VARCHAR(32)  NOT NULL,
    owner_id         VARCHAR(64)  NOT NULL,
    purpose          VARCHAR(32)  NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    amount           INTEGER      NOT NULL,
    started_on       DATE         NOT NULL,
    extension        INTEGER      NOT NULL,
    max_extension    INTEGER      NOT NULL,
    paused_units     INTEGER      NOT NULL,
    paused_since     DATE,
    due_on           DATE         NOT NULL,
    provisional      BOOLEAN      NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT deadline_kind_known CHECK (kind IN ('WORKING_DAYS', 'CALENDAR_DAYS', 'MONTHS'))
);
CREATE INDEX deadline_owner ON deadline (owner_type, owner_id);
CREATE INDEX deadline_provisional ON deadline (provisional);

CREATE TABLE deadline_event (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    deadline_id  BIGINT        NOT NULL REFERENCES deadline (id),
    occurred_at  TIMESTAMP     NOT NULL,
    action       VARCHAR(16)   NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    detail       VARCHAR(500),
    due_before   DATE,
    due_after    DATE
);
