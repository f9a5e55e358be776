package org.ltcare.web.notice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.ltcare.assessment.Objection;
import org.ltcare.assessment.ObjectionForm;
import org.ltcare.assessment.PublicNotice;
import org.ltcare.assessment.PublicNoticeService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.web.i18n.FacesErrors;
import org.ltcare.web.i18n.Messages;
import org.ltcare.web.publicform.HumanCheckField;

/**
 * 提出异议: anyone, by real name, while a notice is open. Public: no login and no Actor; the service records the
 * objector's own name and contact. A closed notice shows why and no form; an unknown one says it is not found.
 */
@Named
@ViewScoped
public class ObjectionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The objection as the confirmation shows it. */
    public record LodgedObjection(long number, Instant lodgedAt) implements Serializable {
    }

    @Inject
    private PublicNoticeService notices;

    @Inject
    private FacesErrors errors;

    @Inject
    private Messages messages;

    @Inject
    private HumanCheckField humanCheck;

    @Inject
    private Clock clock;

    /** The request parameter as typed: a converter's English error for "?notice=abc" would help nobody. */
    private String requestedNotice;
    private NoticeLine notice;
    private String closedMessage;
    private String name;
    private String contact;
    private String reason;
    private LodgedObjection lodged;

    public void load() {
        Long id = parseId(requestedNotice);
        if (id == null) {
            return;
        }
        try {
            PublicNotice found = notices.find(id);
            notice = NoticeLine.of(found);
            if (!found.acceptsObjectionsOn(LocalDate.now(clock))) {
                // The text the service gives when one objects too late, so both ways of finding out read the same.
                closedMessage = messages.format("objection.noticeClosed", found.getEndsOn().toString());
            }
        } catch (NotFoundException e) {
            notice = null;
        }
    }

    public void lodge() {
        if (!humanCheck.admit("objection", "objectionForm")) {
            return;
        }
        try {
            ObjectionForm form = new ObjectionForm(name, contact, withoutCarriageReturns(reason));
            Objection objection = notices.lodge(notice.id(), form);
            lodged = new LodgedObjection(objection.getId(), objection.getLodged().getAt());
        } catch (ValidationException e) {
            // Each message names its field (请填写您的真实姓名。): a label in front would repeat it.
            errors.show(e, "objectionForm", field -> null);
        } catch (NotFoundException e) {
            notice = null;
        } catch (BusinessException e) {
            // The notice closed while the form was being filled in.
            closedMessage = messages.of(e);
        }
    }

    /**
     * Browsers send a textarea's line breaks as CR LF but count them as one character against its maxlength; without
     * this, a reason the page accepted could be refused as too long.
     */
    private static String withoutCarriageReturns(String text) {
        return text == null ? null : text.replace("\r\n", "\n");
    }

    private static Long parseId(String text) {
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(text.strip());
    }

    public boolean isNotFound() {
        return notice == null;
    }

    public boolean isMayObject() {
        return notice != null && closedMessage == null && lodged == null;
    }

    public String getRequestedNotice() {
        return requestedNotice;
    }

    public void setRequestedNotice(String requestedNotice) {
        this.requestedNotice = requestedNotice;
    }

    public NoticeLine getNotice() {
        return notice;
    }

    public String getClosedMessage() {
        return closedMessage;
    }

    public LodgedObjection getLodged() {
        return lodged;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
