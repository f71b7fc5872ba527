-- NPC deputies' suggestions and CPPCC members' proposals: the sittings they are handed over at (data, created by an
-- administrator), a case's group (its sitting) and reference (its number there) on the engine's own table, and the
-- types' own record of each item: subject, key item and its supervising leader, how it is handled (jointly or
-- separately), a reply's class while the office reviews it, the parts of separately handled items, and the
-- disclosure item its published result became.

CREATE TABLE sitting (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assembly      VARCHAR(8)    NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    sitting_year  INTEGER       NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    CONSTRAINT sitting_name UNIQUE (assembly, name)
);

ALTER TABLE case_item ADD COLUMN group_id BIGINT;
ALTER TABLE case_item ADD COLUMN reference_no VARCHAR(32);
CREATE INDEX case_item_group ON case_item (case_type, group_id);

CREATE TABLE motion (
    case_id          BIGINT        NOT NULL PRIMARY KEY REFERENCES case_item (id),
    sitting_id       BIGINT        NOT NULL REFERENCES sitting (id),
    motion_number    VARCHAR(32)   NOT NULL,
    subject          VARCHAR(100),
    received_on      DATE          NOT NULL,
    key_item         BOOLEAN       NOT NULL,
    supervisor       VARCHAR(100),
    handling_mode    VARCHAR(10),
    held_class       VARCHAR(8),
    extended_months  INTEGER       NOT NULL DEFAULT 0,
    result_item_id   BIGINT,
    CONSTRAINT motion_number_in_sitting UNIQUE (sitting_id, motion_number)
);

CREATE TABLE motion_part (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     BIGINT        NOT NULL REFERENCES motion (case_id),
    department  VARCHAR(32)   NOT NULL,
    held_text   TEXT,
    held_class  VARCHAR(8)
);
CREATE INDEX motion_part_case ON motion_part (case_id);
