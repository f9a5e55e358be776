package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The on-site photos; lists read no bytes. */
@Stateless
public class PhotoRepository {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    public List<PhotoInfo> of(long assessmentId) {
        return em.createQuery("select new org.ltcare.assessment.PhotoInfo(p.id, p.fileName, p.contentType, "
                        + "p.sizeBytes, p.uploaded.by, p.uploaded.at) from AssessmentPhoto p "
                        + "where p.assessmentId = :assessment order by p.id", PhotoInfo.class)
                .setParameter("assessment", assessmentId).getResultList();
    }

    public Optional<AssessmentPhoto> find(long id) {
        return Optional.ofNullable(em.find(AssessmentPhoto.class, id));
    }

    public void save(AssessmentPhoto photo) {
        em.persist(photo);
        em.flush();
    }

    public void delete(AssessmentPhoto photo) {
        em.remove(photo);
    }
}
