-- Statutory holidays and make-up working days (调休). Weekends are non-working unless listed as WORKDAY.
-- Maintained as data by bureau administrators (the rule-set issue adds its screen).
CREATE TABLE calendar_exception (
  day  DATE        NOT NULL PRIMARY KEY,
  kind VARCHAR(16) NOT NULL COMMENT 'HOLIDAY or WORKDAY',
  name VARCHAR(64) NOT NULL,
  CONSTRAINT ck_calendar_exception_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 2025 (国务院办公厅关于2025年部分节假日安排的通知)
INSERT INTO calendar_exception (day, kind, name) VALUES
 ('2025-01-01','HOLIDAY','元旦'),
 ('2025-01-26','WORKDAY','春节调休上班'),
 ('2025-01-28','HOLIDAY','春节'),('2025-01-29','HOLIDAY','春节'),('2025-01-30','HOLIDAY','春节'),
 ('2025-01-31','HOLIDAY','春节'),('2025-02-01','HOLIDAY','春节'),('2025-02-02','HOLIDAY','春节'),
 ('2025-02-03','HOLIDAY','春节'),('2025-02-04','HOLIDAY','春节'),
 ('2025-02-08','WORKDAY','春节调休上班'),
 ('2025-04-04','HOLIDAY','清明节'),('2025-04-05','HOLIDAY','清明节'),('2025-04-06','HOLIDAY','清明节'),
 ('2025-04-27','WORKDAY','劳动节调休上班'),
 ('2025-05-01','HOLIDAY','劳动节'),('2025-05-02','HOLIDAY','劳动节'),('2025-05-03','HOLIDAY','劳动节'),
 ('2025-05-04','HOLIDAY','劳动节'),('2025-05-05','HOLIDAY','劳动节'),
 ('2025-05-31','HOLIDAY','端午节'),('2025-06-01','HOLIDAY','端午节'),('2025-06-02','HOLIDAY','端午节'),
 ('2025-09-28','WORKDAY','国庆节调休上班'),
 ('2025-10-01','HOLIDAY','国庆节、中秋节'),('2025-10-02','HOLIDAY','国庆节、中秋节'),
 ('2025-10-03','HOLIDAY','国庆节、中秋节'),('2025-10-04','HOLIDAY','国庆节、中秋节'),
 ('2025-10-05','HOLIDAY','国庆节、中秋节'),('2025-10-06','HOLIDAY','国庆节、中秋节'),
 ('2025-10-07','HOLIDAY','国庆节、中秋节'),('2025-10-08','HOLIDAY','国庆节、中秋节'),
 ('2025-10-11','WORKDAY','国庆节调休上班');
