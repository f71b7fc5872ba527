-- Disclosure requests (依申请公开): the type's own record of each request beside the engine's case (same id) — the
-- applicant as the national report counts them, what is sought and how it is to be delivered, the correction asked
-- for, the decision (one of the 21 outcomes of 国办公开办函〔2021〕30号) with its legal basis and letter, the fee; each
-- delivery of the decision, each reconsideration or lawsuit against it; and the figures of the annual report's
-- table 二 that staff enter (licences, penalties, enforcement, fees).

-- DISCLOSURE_REQUEST is longer than the first types' codes.
ALTER TABLE case_item ALTER COLUMN case_type SET DATA TYPE VARCHAR(32);

CREATE TABLE disclosure_request (
    case_id            BIGINT         NOT NULL PRIMARY KEY REFERENCES case_item (id),
    applicant_type     VARCHAR(16)    NOT NULL,
    id_kind            VARCHAR(16)    NOT NULL,
    id_number          VARCHAR(40)    NOT NULL,
    contact_person     VARCHAR(50),
    address            VARCHAR(200),
    purpose            VARCHAR(500),
    info_form          VARCHAR(16)    NOT NULL,
    delivery           VARCHAR(16)    NOT NULL,
    fee_waiver         BOOLEAN        NOT NULL,
    fee_waiver_reason  VARCHAR(500),
    received_on        DATE           NOT NULL,
    received_via       VARCHAR(16)    NOT NULL,
    correction_text    VARCHAR(2000),
    correction_asked   DATE,
    corrected_on       DATE,
    outcome            VARCHAR(8),
    legal_basis        VARCHAR(1000),
    decided_on         DATE,
    decision_letter    TEXT,
    fee_method         VARCHAR(8),
    fee_pages          INTEGER,
    fee_amount         INTEGER,
    fee_noticed_on     DATE,
    fee_paid_on        DATE
);
CREATE INDEX disclosure_request_received ON disclosure_request (received_on);
CREATE INDEX disclosure_request_decided ON disclosure_request (decided_on);
CREATE INDEX disclosure_request_applicant ON disclosure_request (id_number, received_on);

CREATE TABLE disclosure_request_delivery (
    case_id       BIGINT        NOT NULL REFERENCES disclosure_request (case_id),
    method        VARCHAR(16)   NOT NULL,
    delivered_on  DATE          NOT NULL,
    recorded_by   VARCHAR(100)  NOT NULL,
    note          VARCHAR(500)
);
CREATE INDEX disclosure_request_delivery_case ON disclosure_request_delivery (case_id);

CREATE TABLE disclosure_request_remedy (
    case_id       BIGINT        NOT NULL REFERENCES disclosure_request (case_id),
    remedy_kind   VARCHAR(40)   NOT NULL,
    filed_on      DATE          NOT NULL,
    result        VARCHAR(16)   NOT NULL,
    concluded_on  DATE,
    note          VARCHAR(500),
    recorded_by   VARCHAR(100)  NOT NULL,
    recorded_at   TIMESTAMP     NOT NULL
);
CREATE INDEX disclosure_request_remedy_filed ON disclosure_request_remedy (filed_on);

CREATE TABLE annual_report_figure (
    report_year   INTEGER        NOT NULL,
    figure        VARCHAR(40)    NOT NULL,
    amount        DECIMAL(14, 4) NOT NULL,
    changed_by    VARCHAR(100)   NOT NULL,
    changed_at    TIMESTAMP      NOT NULL,
    PRIMARY KEY (report_year, figure)
);

CREATE TABLE annual_report (
    report_year     INTEGER       NOT NULL PRIMARY KEY,
    published_item  BIGINT        NOT NULL,
    published_by    VARCHAR(100)  NOT NULL,
    published_at    TIMESTAMP     NOT NULL
);
