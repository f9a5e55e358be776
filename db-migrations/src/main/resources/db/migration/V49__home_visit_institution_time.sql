-- Issue 23: 上门服务 lists an institution's visits of a period newest first, 50 a page. With (institution_id,
-- visit_date) the database read and sorted the whole period's visits for each page (a month of a city's agency:
-- thousands). With the check-in time after the date, the page is read backwards off the index and stops at 50
-- (HomeVisitRepository.ofInstitution orders by the date first: a visit's date is its check-in's). The new index
-- starts with the old one's columns, which it replaces.
create index ix_home_visit_institution_time on home_visit (institution_id, visit_date, checked_in_at);
drop index ix_home_visit_institution on home_visit;
