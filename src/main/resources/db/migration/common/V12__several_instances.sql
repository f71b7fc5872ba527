-- Several instances on one database (#13): which instance runs each scheduled job now (a lease that runs out when
-- its holder dies), and the log of committed changes every instance applies to what it keeps in memory (the search
-- index, the public caches, the dashboard's facts, the working-day calendar).

CREATE TABLE job_lease (
    job         VARCHAR(64)   NOT NULL PRIMARY KEY,
    holder      VARCHAR(100)  NOT NULL,
    expires_at  TIMESTAMP     NOT NULL
);

CREATE TABLE change_log (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic       VARCHAR(32)   NOT NULL,
    payload     VARCHAR(4000),
    instance    VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMP     NOT NULL
);
CREATE INDEX change_log_made ON change_log (created_at);
