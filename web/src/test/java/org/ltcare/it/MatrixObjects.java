package org.ltcare.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.ltcare.assessment.ApplicantRole;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.assessment.MaterialKind;
import org.ltcare.assessment.NewApplication;
import org.ltcare.assessment.NewMaterial;
import org.ltcare.assessment.ResidenceKind;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.InsuranceType;
import org.ltcare.insured.InsuredService;
import org.ltcare.insured.importing.InsuredRow;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimRepository;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * In the server: the objects of access-matrix.tsv, made fresh for each test that reads the table (AccessMatrixIT,
 * PageCrawlIT), so that neither depends on the other's.
 */
@Stateless
public class MatrixObjects {

    @Inject
    AssessmentWorld worlds;

    @Inject
    Institutions institutions;

    @Inject
    InstitutionRepository institutionRepository;

    @Inject
    ApplicationService applications;

    @Inject
    InsuredService insured;

    @Inject
    ClaimRepository claims;

    @Inject
    ClaimService claimService;

    @Inject
    UserAccountRepository accounts;

    /**
     * The objects the table's requests name, as "key, id, name" — an application the demo nursing
     * home filed and one of another region's agency, the demo nursing home, the demo home-care agency and a new
     * institution, a claim of each demo institution (named by a person on it; "care:" the institution, named by that
     * person), and the two applications' people.
     */
    public List<String> create() {
        Actor nhadmin = actor("nhadmin");
        CareInstitution nursingHome = institutionRepository.find(nhadmin.organisationId()).orElseThrow();
        CareInstitution homeCare = institutionRepository.find(actor("hcadmin").organisationId()).orElseThrow();
        CareInstitution newOne = institutions.aNew(InstitutionKind.NURSING_HOME, null);
        AssessmentApplication own = filedBy(nhadmin, nursingHome);
        AssessmentApplication other = worlds.acceptedApplication(worlds.create(2), false);
        CareClaim nursingHomeClaim = claims.ofInstitution(nursingHome.getId()).get(0);
        CareClaim homeCareClaim = claims.ofInstitution(homeCare.getId()).get(0);
        String nursingHomeResident = residentOn(nursingHomeClaim);
        String homeCareResident = residentOn(homeCareClaim);
        return List.of(
                line("app:nh1", own.getId(), own.getInsured().getName()),
                line("app:other", other.getId(), other.getInsured().getName()),
                line("person:nh1", own.getInsured().getId(), own.getInsured().getName()),
                line("person:other", other.getInsured().getId(), other.getInsured().getName()),
                line("inst:nh1", nursingHome.getId(), nursingHome.getName()),
                line("inst:hc", homeCare.getId(), homeCare.getName()),
                line("inst:other", newOne.getId(), newOne.getName()),
                line("claim:nh1", nursingHomeClaim.getId(), nursingHomeResident),
                line("claim:hc", homeCareClaim.getId(), homeCareResident),
                line("care:nh1", nursingHome.getId(), nursingHomeResident),
                line("care:hc", homeCare.getId(), homeCareResident));
    }

    /** A person on the claim: what identifies a claim (an institution's name is in every institution menu). */
    private String residentOn(CareClaim claim) {
        return claimService.beneficiaryNames(actor("approver"), claim.getId()).values().stream().sorted()
                .findFirst().orElseThrow();
    }

    private AssessmentApplication filedBy(Actor filer, CareInstitution home) {
        String idNumber = Insureds.freshIdNumber();
        String name = Insureds.nameFor("矩阵", idNumber);
        insured.register(actor("reviewer"), new InsuredRow(1, IdNumber.parse(idNumber), name, InsuranceType.RESIDENT,
                home.getOrganisation().getRegionCode(), LocalDate.of(2020, 1, 1), null, null));
        return applications.file(filer, new NewApplication(idNumber, ApplicantRole.SELF, name, null, "13900001111",
                ResidenceKind.INSTITUTION, null, home.getId(), List.of(NewMaterial.seenOnPaper(
                        MaterialKind.ID_DOCUMENT), NewMaterial.seenOnPaper(MaterialKind.DIAGNOSIS))));
    }

    private static String line(String key, long id, String name) {
        return key + "\t" + id + "\t" + name;
    }

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }
}
