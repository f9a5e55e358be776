package org.ltcare.web.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ltcare.institution.apiclient.ApiCredential;
import org.ltcare.institution.apiclient.ApiCredentialService;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;

/** 接口凭证: the institution administrator's API credentials for its own system (the token shown once). */
@Named
@ViewScoped
public class ApiCredentialsPage extends Page {

    @Inject
    private ApiCredentialService credentials;

    @Inject
    private org.ltcare.web.i18n.Formats formats;

    private List<ApiCredential> list = List.of();
    private String purpose;
    private Integer validityDays = ApiCredentialService.DEFAULT_VALIDITY_DAYS;

    public void load() {
        try {
            list = credentials.list(actor);
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public void create() {
        try {
            ApiCredentialService.Created created = credentials.create(actor, purpose, validityDays);
            errors.info("apiClient.created", created.username(), created.token(),
                    formats.dateTime(created.expiresAt()));
            purpose = null;
            load();
        } catch (BusinessException e) {
            errors.show(e, "createForm");
        }
    }

    public void disable(ApiCredential credential) {
        try {
            credentials.disable(actor, credential.username());
            errors.info("apiClient.disabled", credential.username());
            load();
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    public List<ApiCredential> getList() {
        return list;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Integer getValidityDays() {
        return validityDays;
    }

    public void setValidityDays(Integer validityDays) {
        this.validityDays = validityDays;
    }

    public int getMaxValidityDays() {
        return ApiCredentialService.MAX_VALIDITY_DAYS;
    }
}
