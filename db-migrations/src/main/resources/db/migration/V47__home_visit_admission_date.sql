-- Issue 23: claim generation reads each admission's visits of one month (HomeVisitRepository.visitDays). With only
-- admission_id indexed, a generated city's 24 months made it read every visit a person ever had to keep a month's
-- (83 s for one month of 300 institutions). The date completes the index; it serves the foreign key too, so the
-- database drops the key's own single-column index by itself.
create index ix_home_visit_admission_date on home_visit (admission_id, visit_date);
