-- Issue 24: background runs (claim generation, payout batches, fund simulations, reports) run on the node that
-- started them. When that node dies the run stayed RUNNING for ever and could not be resumed. Each node now has a
-- row here, beaten every few seconds with the database's clock (ThisNode), and each run names the start of the node
-- that runs it: a run whose node has stopped beating, or has started again since, is taken over by a live node.
create table app_node (
  boot_id     char(36)    not null primary key comment 'one start of a node (a random UUID)',
  node_name   varchar(64) not null comment 'jboss.node.name: unique per node of a cluster',
  started_at  datetime(3) not null,
  seen_at     datetime(3) not null comment 'the last heartbeat, by the database clock',
  index ix_app_node_name (node_name, started_at)
) comment 'the starts of the application nodes and their heartbeats; kept a day after the last';

alter table claim_run add column node_boot char(36) null comment 'app_node.boot_id of the node running it';
alter table payout_batch add column node_boot char(36) null comment 'app_node.boot_id of the node running it';
alter table simulation_run add column node_boot char(36) null comment 'app_node.boot_id of the node running it';
alter table report_job add column node_boot char(36) null comment 'app_node.boot_id of the node generating it';

-- One running generation per region and month: two officers (or two nodes) starting the same month at once start it
-- once. A generation left running twice by an older version keeps its newest run; the others are stopped.
update claim_run r
  join claim_run newer on newer.region_code = r.region_code and newer.month = r.month
   and newer.status = 'RUNNING' and newer.id > r.id
  set r.status = 'STOPPED', r.failure = 'claimRun.duplicate'
  where r.status = 'RUNNING';
-- (a flag, not the region and month themselves: MariaDB computes no stored column from CHAR columns)
alter table claim_run add column running tinyint
  as (case when status = 'RUNNING' then 1 end) stored
  comment '1 while RUNNING, else null (nulls are never equal): unique with the region and month';
create unique index uk_claim_run_running on claim_run (region_code, month, running);
