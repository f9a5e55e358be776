package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.files.FileType;
import org.ltcare.shared.files.StoredFile;
import org.ltcare.shared.files.UploadRule;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;

/**
 * On-site photos: the assigned assessors add and remove them while the round is open for entry; whoever may see
 * the round may see them. Only images, of a bounded size and number, so that a round stays light to load; an image
 * by its content, which also gives the type it is stored and sent as (never what the browser declared).
 */
@Stateless
public class PhotoService {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_PHOTOS = 10;
    static final UploadRule PHOTOS = UploadRule.of(MAX_BYTES, FileType.JPEG, FileType.PNG, FileType.WEBP);

    @Inject
    private OnSiteAssessmentService onSite;

    @Inject
    private PhotoRepository photos;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public List<PhotoInfo> of(Actor actor, long assessmentId) {
        onSite.find(actor, assessmentId);
        return photos.of(assessmentId);
    }

    public AssessmentPhoto photo(Actor actor, long photoId) {
        AssessmentPhoto photo = photos.find(photoId).orElseThrow(() -> new NotFoundException("AssessmentPhoto", photoId));
        onSite.find(actor, photo.getAssessmentId());
        return photo;
    }

    public PhotoInfo add(Actor actor, long assessmentId, String fileName, byte[] content) {
        Assessment round = forEntry(actor, assessmentId);
        if (content == null || content.length == 0 || fileName == null || fileName.isBlank()) {
            throw new BusinessException("photo.empty");
        }
        StoredFile file = StoredFile.accepted(PHOTOS, "photo", fileName, content);
        if (photos.of(assessmentId).size() >= MAX_PHOTOS) {
            throw new BusinessException("photo.tooMany", MAX_PHOTOS);
        }
        AssessmentPhoto photo = new AssessmentPhoto(round.getId(), file, content, actor.username(), clock.instant());
        photos.save(photo);
        audit.record(actor, "ADD_PHOTO", null, photo);
        return new PhotoInfo(photo.getId(), file.getFileName(), file.getContentType(), file.getSizeBytes(),
                photo.getUploaded().getBy(), photo.getUploaded().getAt());
    }

    public void remove(Actor actor, long photoId) {
        AssessmentPhoto photo = photos.find(photoId).orElseThrow(() -> new NotFoundException("AssessmentPhoto", photoId));
        forEntry(actor, photo.getAssessmentId());
        audit.record(actor, "REMOVE_PHOTO", photo.auditState(), photo);
        photos.delete(photo);
    }

    private Assessment forEntry(Actor actor, long assessmentId) {
        Assessment round = onSite.find(actor, assessmentId);
        if (!onSite.isAssignedTo(actor, round)) {
            throw new AccessDeniedException("assessment.notAssigned");
        }
        if (round.getStatus() != AssessmentStatus.DISPATCHED) {
            throw new BusinessException("assessment.wrongStatus", round.getStatus().name());
        }
        return round;
    }
}
