package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.shared.audit.AuditEntry;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.workflow.monitor.FailedJob;
import org.ltcare.shared.workflow.monitor.ProcessMonitor;
import org.openqa.selenium.By;

/**
 * Process monitoring on the real engine: a probe process whose step fails (an expression naming nothing) until a
 * variable says otherwise — its job is listed with the error and an incident, an administrator's retry fails again
 * and then, the cause removed, runs and ends the process (each retry audited); a task past its due date is counted
 * for its role; in the browser the administrator retries a failed job. The probe's timer is due in ten years, so the
 * job executor never takes it: only the test and the retry run it.
 */
class ProcessMonitorIT extends IntegrationTest {

    private static final String PROBE = "it-monitor-probe";
    private static final String OVERDUE = "it-monitor-overdue";

    @Inject
    ProcessMonitor monitor;

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    @Inject
    UserAccountRepository accounts;

    @PersistenceContext(unitName = "ltcare")
    EntityManager em;

    @Test
    void aFailedJobIsListedRetriedInVainThenRunOnceItsCauseIsGone() {
        deployProbes();
        String key = "PROBE-" + System.nanoTime();
        ProcessInstance probe = failingProbe(key);
        Job job = management.createJobQuery().processInstanceId(probe.getId()).singleResult();

        FailedJob failed = monitor.failedJobs(actor("reviewer")).stream().filter(j -> j.jobId().equals(job.getId()))
                .findFirst().orElseThrow();
        assertEquals(0, failed.retries(), "retries spent: an incident");
        assertEquals(key, failed.businessKey());
        assertTrue(failed.error().contains("missingBean"), failed.error());
        assertTrue(monitor.steps(actor("reviewer")).stream().anyMatch(s -> s.processKey().equals(PROBE)
                && s.incidents() >= 1 && s.failedJobs() >= 1), "the step shows its failure");

        assertThrows(AccessDeniedException.class, () -> monitor.retry(actor("reviewer"), job.getId()));
        assertTrue(monitor.retry(actor("admin"), job.getId()).orElseThrow().contains("missingBean"), "fails again");
        assertEquals(1, runtime.createIncidentQuery().processInstanceId(probe.getId()).count());

        runtime.setVariable(probe.getId(), "fail", false);
        assertTrue(monitor.retry(actor("admin"), job.getId()).isEmpty());

        assertEquals(0, runtime.createProcessInstanceQuery().processInstanceId(probe.getId()).count(), "ran to the end");
        assertTrue(monitor.failedJobs(actor("reviewer")).stream().noneMatch(j -> j.jobId().equals(job.getId())));
        List<String> outcomes = em.createQuery("select e from AuditEntry e where e.entityType = 'Job' and e.entityId = :id "
                + "order by e.id", AuditEntry.class).setParameter("id", job.getId()).getResultList().stream()
                .map(AuditEntry::getAfterState).toList();
        assertEquals(2, outcomes.size(), "each retry audited");
        assertTrue(outcomes.get(0).contains("FAILED") && outcomes.get(1).contains("EXECUTED"), outcomes.toString());
    }

    @Test
    void aTaskPastItsDueDateIsCountedForItsRole() {
        ProcessInstance late = lateTask();
        try {
            assertTrue(monitor.overdueTasks(actor("approver")).stream().anyMatch(t -> t.processKey().equals(OVERDUE)
                    && "AGENCY_REVIEWER".equals(t.role()) && t.name().equals("超期的待办（测试）")), "listed for its role");
        } finally {
            runtime.deleteProcessInstance(late.getId(), "test over");
        }
    }

    /**
     * In the server: a failing probe for the browser, its cause already removed (the administrator's retry will run
     * it), and a late task without a case on the reviewers' task lists (their home page lists it without a link);
     * the probe's key and instance, the task's instance.
     */
    List<Object> aRetryableFailedJobAndALateTask() {
        ProcessInstance late = lateTask();
        String key = "PROBE-B-" + System.nanoTime();
        ProcessInstance probe = failingProbe(key);
        runtime.setVariable(probe.getId(), "fail", false);
        return List.of(key, probe.getId(), late.getId());
    }

    @Test
    @RunAsClient
    void theAdministratorRetriesAFailedJobInTheBrowser() throws Exception {
        List<String> h = onServer("aRetryableFailedJobAndALateTask");
        try {
            theAdministratorRetries(h);
            onServer("theRetryEndedTheProbe", h.get(1));
        } finally {
            onServer("theLateTaskIsRemoved", h.get(2));
        }
    }

    private void theAdministratorRetries(List<String> h) throws Exception {
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(ownLoginLike("admin"), "test");
            browser.open("/bureau/processes.xhtml");
            int row = browser.rowOf("monitorForm:failed", "businessKey", h.get(0));
            assertTrue(browser.byId("monitorForm:failed:" + row + ":error").getText().contains("missingBean"));
            assertTrue(browser.byId("monitorForm:byRole").getText().contains("经办审核"), "overdue by role");
            browser.screenshot("process-monitor");
            browser.clickAndWaitForNewPage("monitorForm:failed:" + row + ":retry");
            browser.waitForText(By.id("messages"), "已重试并执行成功");
            assertTrue(browser.driver().findElements(By.xpath("//*[contains(@id,':businessKey') and text()='"
                    + h.get(0) + "']")).isEmpty(), "no longer failed");
        }
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(ownLoginLike("reviewer"), "test");
            assertTrue(browser.pageTo("tasksForm:tasks", "超期的待办（测试）"), "a task without a case is listed, unlinked");
        }
    }

    /** In the server. */
    void theRetryEndedTheProbe(String probe) {
        assertEquals(0, runtime.createProcessInstanceQuery().processInstanceId(probe).count(), "the retry ended it");
    }

    /** In the server: the late task leaves the reviewers' task lists. */
    void theLateTaskIsRemoved(String late) {
        runtime.deleteProcessInstance(late, "test over");
    }

    private ProcessInstance lateTask() {
        deployProbes();
        return runtime.startProcessInstanceByKey(OVERDUE, Map.of("due",
                Date.from(Instant.now().minus(2, ChronoUnit.DAYS))));
    }

    /** A probe whose step fails: its timer run by hand with one retry, so that the failure raises an incident. */
    private ProcessInstance failingProbe(String businessKey) {
        ProcessInstance probe = runtime.startProcessInstanceByKey(PROBE, businessKey, Map.of("fail", true));
        Job timer = management.createJobQuery().processInstanceId(probe.getId()).singleResult();
        management.setJobRetries(timer.getId(), 1);
        assertThrows(RuntimeException.class, () -> management.executeJob(timer.getId()));
        return probe;
    }

    private void deployProbes() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(PROBE).count() > 0) {
            return;
        }
        BpmnModelInstance failing = Bpmn.createExecutableProcess(PROBE).name("监控探针（测试）").startEvent()
                .intermediateCatchEvent("Timer_InTenYears").timerWithDuration("P3650D")
                .serviceTask("Task_MayFail").name("可能失败的步骤").camundaExpression("${fail ? missingBean.call() : true}")
                .endEvent().done();
        BpmnModelInstance overdue = Bpmn.createExecutableProcess(OVERDUE).name("超期探针（测试）").startEvent()
                .userTask("Task_Late").name("超期的待办（测试）").camundaCandidateGroups("AGENCY_REVIEWER")
                .camundaDueDate("${due}").endEvent().done();
        repository.createDeployment().name("it-monitor").addModelInstance(PROBE + ".bpmn", failing)
                .addModelInstance(OVERDUE + ".bpmn", overdue).deploy();
    }

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }
}
