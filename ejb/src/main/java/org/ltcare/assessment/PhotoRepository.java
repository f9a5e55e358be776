package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import java.util.List;
import org.ltcare.shared.model.EntityRepository;

/** The on-site photos; lists read no bytes. */
@Stateless
public class PhotoRepository extends EntityRepository<AssessmentPhoto> {

    public PhotoRepository() {
        super(AssessmentPhoto.class);
    }

    public List<PhotoInfo> of(long assessmentId) {
        return em.createQuery("select new org.ltcare.assessment.PhotoInfo(p.id, p.file.fileName, "
                        + "p.file.contentType, p.file.sizeBytes, p.uploaded.by, p.uploaded.at) from AssessmentPhoto p "
                        + "where p.assessmentId = :assessment order by p.id", PhotoInfo.class)
                .setParameter("assessment", assessmentId).getResultList();
    }

    public void save(AssessmentPhoto photo) {
        em.persist(photo);
        em.flush();
    }
}
