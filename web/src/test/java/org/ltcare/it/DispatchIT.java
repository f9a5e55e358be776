package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.ltcare.assessment.Assessment;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.assessment.AssessmentRepository;
import org.ltcare.assessment.AssessmentStatus;
import org.ltcare.assessment.Assessor;
import org.ltcare.assessment.AssessorProfileService;
import org.ltcare.assessment.DispatchManner;
import org.ltcare.assessment.DispatchService;
import org.ltcare.assessment.RelationKind;
import org.ltcare.shared.BusinessException;

/** Dispatch in the deployed application: the random draw with conflicts of interest, and the manual fallback. */
class DispatchIT extends IntegrationTest {

    private static final int DRAWS = 200;

    @Inject
    AssessmentWorld worlds;

    @Inject
    AssessmentRepository assessments;

    @Inject
    DispatchService dispatch;

    @Inject
    AssessorProfileService profiles;

    @Inject
    TaskService tasks;

    @Test
    void twoHundredDrawsNeverIncludeAConflictedAssessorAndReachEveryEligibleOne() {
        AssessmentWorld.World world = worlds.create(6);
        Assessor employed = world.assessors().get(0);
        Assessor linked = world.assessors().get(1);
        worlds.relate(world, employed, RelationKind.EMPLOYED);
        profiles.relate(world.supervisor(), linked.getId(), world.institutionId(), RelationKind.LINKED, "配偶在该机构工作");
        BusinessException twice = assertThrows(BusinessException.class, () -> profiles.relate(world.supervisor(),
                linked.getId(), world.institutionId(), RelationKind.EMPLOYED, null));
        assertEquals("assessor.relation.exists", twice.messageKey());
        Map<Long, Integer> drawn = new HashMap<>();

        for (int i = 0; i < DRAWS; i++) {
            AssessmentApplication application = worlds.acceptedApplication(world, true);
            Assessment round = assessments.latestOf(application.getId()).orElseThrow();
            assertEquals(AssessmentStatus.DISPATCHED, round.getStatus());
            assertEquals(DispatchManner.RANDOM, round.getDispatchManner());
            assertNotEquals(round.getAssessorA().getId(), round.getAssessorB().getId());
            round.assessors().forEach(a -> drawn.merge(a.getId(), 1, Integer::sum));
        }

        assertTrue(!drawn.containsKey(employed.getId()) && !drawn.containsKey(linked.getId()),
                "no conflicted assessor is ever drawn: " + drawn);
        Set<Long> eligible = world.assessors().stream().skip(2).map(Assessor::getId).collect(Collectors.toSet());
        assertEquals(eligible, drawn.keySet(), "every eligible assessor is drawn at least once: " + drawn);
    }

    @Test
    void withFewerThanTwoEligibleTheSupervisorAssignsByHandOnlyWithAReason() {
        AssessmentWorld.World world = worlds.create(3);
        worlds.relate(world, world.assessors().get(0), RelationKind.EMPLOYED);
        worlds.relate(world, world.assessors().get(1), RelationKind.LINKED);

        AssessmentApplication application = worlds.acceptedApplication(world, true);

        Assessment round = assessments.latestOf(application.getId()).orElseThrow();
        assertEquals(AssessmentStatus.AWAITING_ASSESSORS, round.getStatus());
        Task assign = tasks.createTaskQuery().processInstanceId(application.getProcessInstanceId()).singleResult();
        assertEquals("Task_AssignAssessors", assign.getTaskDefinitionKey());
        long first = world.assessors().get(1).getId();
        long second = world.assessors().get(2).getId();

        BusinessException noReason = assertThrows(BusinessException.class,
                () -> dispatch.assignManually(world.supervisor(), round.getId(), first, second, " "));
        assertEquals("assessment.dispatch.reasonRequired", noReason.messageKey());
        assertEquals(AssessmentStatus.AWAITING_ASSESSORS,
                assessments.find(round.getId()).orElseThrow().getStatus(), "nothing changed");

        dispatch.assignManually(world.supervisor(), round.getId(), first, second, "回避后仅余一名评估员，经主管批准");

        Assessment assigned = assessments.find(round.getId()).orElseThrow();
        assertEquals(AssessmentStatus.DISPATCHED, assigned.getStatus());
        assertEquals(DispatchManner.MANUAL, assigned.getDispatchManner());
        assertEquals("回避后仅余一名评估员，经主管批准", assigned.getManualReason());
        Task onSite = tasks.createTaskQuery().processInstanceId(application.getProcessInstanceId()).singleResult();
        assertEquals("Task_OnSiteAssessment", onSite.getTaskDefinitionKey());
        Set<String> candidates = tasks.getIdentityLinksForTask(onSite.getId()).stream()
                .map(IdentityLink::getUserId).filter(u -> u != null).collect(Collectors.toSet());
        assertEquals(Set.of(world.actorOf(world.assessors().get(1)).username(),
                world.actorOf(world.assessors().get(2)).username()), candidates);
        assertEquals(List.of(world.assessors().get(1).getId(), world.assessors().get(2).getId()),
                assigned.assessors().stream().map(Assessor::getId).toList());
    }
}
