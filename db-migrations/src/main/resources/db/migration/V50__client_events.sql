-- Issue 24: the limits per client — failed logins per address (LoginThrottle), public-form submissions per form and
-- address (PublicFormLimiter) — were counted in each server's memory: behind a load balancer with two nodes an
-- address had twice the tries. They are counted here, where every node sees them (ClientEvents).
create table client_event (
  id           bigint       not null auto_increment primary key,
  counter      varchar(32)  not null comment 'which limit: LOGIN_FAILURE, PUBLIC_FORM',
  client_key   varchar(200) not null comment 'the client address, with the form for PUBLIC_FORM',
  occurred_at  datetime(3)  not null,
  index ix_client_event_key (counter, client_key, occurred_at),
  index ix_client_event_time (occurred_at)
) comment 'events counted per client in a sliding window; kept a day';

-- One row per counter and key, locked while a limited event is counted: two nodes admitting the same client's
-- submissions at once take turns, so neither admits one over the limit.
create table client_event_key (
  counter      varchar(32)  not null,
  client_key   varchar(200) not null,
  primary key (counter, client_key)
) comment 'lock rows of ClientEvents.countWithin';
