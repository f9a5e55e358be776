-- One care admission per person per day, kept by the database as well as by the code (care-assignment issue):
-- an admitted period may not share a day with another admitted period of the same person. The unique key of V16
-- allows one open period; these triggers refuse overlapping closed ones too. A period that ends before it
-- starts (ends_on = starts_on - 1: ended before its first day) has no days and overlaps nothing.
DELIMITER $$
CREATE TRIGGER care_admission_one_per_day_insert BEFORE INSERT ON care_admission FOR EACH ROW
BEGIN
  IF NEW.status = 'ADMITTED' AND NEW.starts_on IS NOT NULL
     AND (NEW.ends_on IS NULL OR NEW.ends_on >= NEW.starts_on)
     AND EXISTS (SELECT 1 FROM care_admission a
                  WHERE a.insured_id = NEW.insured_id AND a.id <> NEW.id AND a.status = 'ADMITTED'
                    AND a.starts_on IS NOT NULL AND (a.ends_on IS NULL OR a.ends_on >= a.starts_on)
                    AND a.starts_on <= COALESCE(NEW.ends_on, DATE '9999-12-31')
                    AND COALESCE(a.ends_on, DATE '9999-12-31') >= NEW.starts_on) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'care_admission: two admitted periods of one person share a day';
  END IF;
END$$

CREATE TRIGGER care_admission_one_per_day_update BEFORE UPDATE ON care_admission FOR EACH ROW
BEGIN
  IF NEW.status = 'ADMITTED' AND NEW.starts_on IS NOT NULL
     AND (NEW.ends_on IS NULL OR NEW.ends_on >= NEW.starts_on)
     AND EXISTS (SELECT 1 FROM care_admission a
                  WHERE a.insured_id = NEW.insured_id AND a.id <> NEW.id AND a.status = 'ADMITTED'
                    AND a.starts_on IS NOT NULL AND (a.ends_on IS NULL OR a.ends_on >= a.starts_on)
                    AND a.starts_on <= COALESCE(NEW.ends_on, DATE '9999-12-31')
                    AND COALESCE(a.ends_on, DATE '9999-12-31') >= NEW.starts_on) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'care_admission: two admitted periods of one person share a day';
  END IF;
END$$
DELIMITER ;
