package org.ltcare.web.assessor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ltcare.assessment.AssessorProfileService;
import org.ltcare.assessment.AssessorRelation;
import org.ltcare.assessment.RelationKind;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionService;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;

/**
 * 评估员与回避关系: the supervisor's view of the agency's assessors and the care institutions each is tied to; an
 * assessor is never drawn for an applicant of a related institution.
 */
@Named
@ViewScoped
public class AssessorPoolPage extends Page {

    @Inject
    private AssessorProfileService profiles;

    @Inject
    private InstitutionService institutions;

    private List<AssessorProfileService.Profile> pool = List.of();
    private Map<Long, String> institutionNames = Map.of();
    private Long assessorId;
    private Long institutionId;
    private RelationKind kind = RelationKind.EMPLOYED;
    private String note;

    public void load() {
        try {
            pool = profiles.pool(actor);
            institutionNames = institutions.list(actor).stream()
                    .collect(Collectors.toMap(CareInstitution::getId, CareInstitution::getName));
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public void relate() {
        try {
            profiles.relate(actor, assessorId, institutionId, kind, note);
            errors.info("pool.related");
            note = null;
        } catch (BusinessException e) {
            errors.show(e, "relationForm");
        }
        load();
    }

    public void remove(AssessorRelation relation) {
        try {
            profiles.removeRelation(actor, relation.getId());
            errors.info("pool.removed");
        } catch (BusinessException e) {
            errors.show(e, null);
        }
        load();
    }

    public String institutionName(long id) {
        return institutionNames.getOrDefault(id, String.valueOf(id));
    }

    public List<AssessorProfileService.Profile> getPool() {
        return pool;
    }

    public Map<Long, String> getInstitutionNames() {
        return institutionNames;
    }

    public List<RelationKind> getKinds() {
        return List.of(RelationKind.values());
    }

    public Long getAssessorId() {
        return assessorId;
    }

    public void setAssessorId(Long assessorId) {
        this.assessorId = assessorId;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public RelationKind getKind() {
        return kind;
    }

    public void setKind(RelationKind kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
