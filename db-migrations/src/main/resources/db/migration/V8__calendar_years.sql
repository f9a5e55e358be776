-- The years whose holiday arrangement has been entered, each with the State Council notice it was taken from.
-- Working days are counted only inside these years: a date in a year without a row here has no answer
-- (weekends alone would silently ignore Spring Festival and National Day).
-- updated_by / updated_at: who last changed the year or one of its days on the admin screen (empty when shipped).
CREATE TABLE calendar_year (
  year        SMALLINT     NOT NULL PRIMARY KEY,
  source      VARCHAR(200) NOT NULL COMMENT 'the notice the days were taken from',
  updated_by  VARCHAR(64)  NULL,
  updated_at  DATETIME(6)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- V6 shipped the days of 2025.
INSERT INTO calendar_year (year, source) VALUES
 (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）'),
 (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日发布）');

-- 2026 (国务院办公厅关于2026年部分节假日安排的通知)
INSERT INTO calendar_exception (day, kind, name) VALUES
 ('2026-01-01','HOLIDAY','元旦'),('2026-01-02','HOLIDAY','元旦'),('2026-01-03','HOLIDAY','元旦'),
 ('2026-01-04','WORKDAY','元旦调休上班'),
 ('2026-02-14','WORKDAY','春节调休上班'),
 ('2026-02-15','HOLIDAY','春节'),('2026-02-16','HOLIDAY','春节'),('2026-02-17','HOLIDAY','春节'),
 ('2026-02-18','HOLIDAY','春节'),('2026-02-19','HOLIDAY','春节'),('2026-02-20','HOLIDAY','春节'),
 ('2026-02-21','HOLIDAY','春节'),('2026-02-22','HOLIDAY','春节'),('2026-02-23','HOLIDAY','春节'),
 ('2026-02-28','WORKDAY','春节调休上班'),
 ('2026-04-04','HOLIDAY','清明节'),('2026-04-05','HOLIDAY','清明节'),('2026-04-06','HOLIDAY','清明节'),
 ('2026-05-01','HOLIDAY','劳动节'),('2026-05-02','HOLIDAY','劳动节'),('2026-05-03','HOLIDAY','劳动节'),
 ('2026-05-04','HOLIDAY','劳动节'),('2026-05-05','HOLIDAY','劳动节'),
 ('2026-05-09','WORKDAY','劳动节调休上班'),
 ('2026-06-19','HOLIDAY','端午节'),('2026-06-20','HOLIDAY','端午节'),('2026-06-21','HOLIDAY','端午节'),
 ('2026-09-20','WORKDAY','国庆节调休上班'),
 ('2026-09-25','HOLIDAY','中秋节'),('2026-09-26','HOLIDAY','中秋节'),('2026-09-27','HOLIDAY','中秋节'),
 ('2026-10-01','HOLIDAY','国庆节'),('2026-10-02','HOLIDAY','国庆节'),('2026-10-03','HOLIDAY','国庆节'),
 ('2026-10-04','HOLIDAY','国庆节'),('2026-10-05','HOLIDAY','国庆节'),('2026-10-06','HOLIDAY','国庆节'),
 ('2026-10-07','HOLIDAY','国庆节'),
 ('2026-10-10','WORKDAY','国庆节调休上班');
