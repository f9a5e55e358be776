-- Issue 24: the lists of a region's reports and fund simulations were ordered by id, newest first. With two or more
-- nodes each draws ids from a block of its own (id_generator, 50 at a time), so a later job can have a lower id:
-- they are ordered by the time they were asked for (ReportService.recent, SimulationService.recent), served by these.
create index ix_report_job_region_time on report_job (region_code, requested_at);
drop index ix_report_job_region on report_job;
create index ix_simulation_run_region_time on simulation_run (region_code, started_at);
