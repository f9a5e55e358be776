package org.ltcare.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ltcare.benefit.feed.FeedTokens;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.ApiToken;
import org.ltcare.shared.security.ApiTokens;
import org.ltcare.web.i18n.FacesErrors;
import org.ltcare.web.i18n.Formats;

/** 住院信息接口令牌: the security administrator's tokens of the hospital-stay feed (a new token shown once). */
@Named
@RequestScoped
public class FeedTokensPage {

    @Inject
    private FeedTokens feedTokens;

    @Inject
    private Actor actor;

    @Inject
    private FacesErrors errors;

    @Inject
    private Formats formats;

    private List<ApiToken> list;
    private Integer validityDays = 365;

    public void load() {
        try {
            list = feedTokens.list(actor);
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public void issue() {
        try {
            ApiTokens.Issued issued = feedTokens.issue(actor, validityDays);
            errors.info("feedTokens.issued", issued.token().getAccount().getUsername(), issued.secret(),
                    formats.dateTime(issued.token().getExpiresAt()));
            list = null;
        } catch (BusinessException e) {
            errors.show(e, "issueForm");
        }
    }

    public void revoke(long tokenId) {
        try {
            feedTokens.revoke(actor, tokenId);
            errors.info("feedTokens.revoked");
            list = null;
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    /** Read when the table is drawn or a row's button is decoded (this bean lives for one request). */
    public List<ApiToken> getList() {
        if (list == null) {
            list = feedTokens.list(actor);
        }
        return list;
    }

    public Integer getValidityDays() {
        return validityDays;
    }

    public void setValidityDays(Integer validityDays) {
        this.validityDays = validityDays;
    }

    public int getMaxValidityDays() {
        return FeedTokens.MAX_VALIDITY_DAYS;
    }
}
