package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.assessment.Assessment;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.assessment.AssessmentRepository;
import org.ltcare.assessment.Assessor;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * Who may see a case (issue 19, F1): an assessor only the cases of rounds they are drawn to, a supervisor only
 * those of their agency's rounds, an applicant only what they filed, machine credentials none — through the list
 * and the look-up alike; refused as "not found".
 */
class ApplicationAccessIT extends IntegrationTest {

    @Inject
    AssessmentWorld worlds;

    @Inject
    ApplicationService applications;

    @Inject
    AssessmentRepository assessments;

    @Inject
    UserAccountRepository accounts;

    @Test
    void anAssessorSeesTheCasesOfTheRoundsTheyAreDrawnToAndTheSupervisorThoseOfTheirAgency() {
        AssessmentWorld.World world = worlds.create(4);
        AssessmentApplication application = worlds.acceptedApplication(world, false);
        Assessment round = assessments.latestOf(application.getId()).orElseThrow();
        List<Long> drawn = List.of(round.getAssessorA().getId(), round.getAssessorB().getId());
        Assessor other = world.assessors().stream().filter(a -> !drawn.contains(a.getId())).findFirst().orElseThrow();

        for (Actor sees : List.of(world.actorOf(round.getAssessorA()), world.actorOf(round.getAssessorB()),
                world.supervisor())) {
            assertEquals(application.getId(), applications.find(sees, application.getId()).getId(), sees.username());
            assertTrue(listed(sees, application), sees.username());
        }
        for (Actor seesNot : List.of(world.actorOf(other), actor("supervisor"), actor("assessor1"))) {
            assertThrows(NotFoundException.class, () -> applications.find(seesNot, application.getId()),
                    seesNot.username());
            assertTrue(!listed(seesNot, application), seesNot.username());
        }
    }

    @Test
    void anApplicantSeesWhatTheyFiledAndMachineCredentialsNothing() {
        AssessmentWorld.World world = worlds.create(2);
        AssessmentApplication application = worlds.acceptedApplication(world, false);
        for (String login : List.of("applicant", "hisfeed", "homecare-api")) {
            Actor actor = actor(login);
            assertThrows(NotFoundException.class, () -> applications.find(actor, application.getId()), login);
        }
        Actor applicant = actor("applicant");
        assertTrue(applications.list(applicant, 0, 1000).stream()
                .allMatch(a -> "applicant".equals(a.getFiledByUsername())), "an applicant lists only what they filed");
        for (String machine : List.of("hisfeed", "homecare-api")) {
            assertThrows(AccessDeniedException.class, () -> applications.count(actor(machine)), machine);
            assertThrows(AccessDeniedException.class, () -> applications.list(actor(machine), 0, 10), machine);
        }
        assertEquals(application.getId(), applications.find(world.reviewer(), application.getId()).getId());
    }

    private boolean listed(Actor actor, AssessmentApplication application) {
        return applications.list(actor, 0, 10_000).stream().anyMatch(a -> a.getId().equals(application.getId()));
    }

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }
}
