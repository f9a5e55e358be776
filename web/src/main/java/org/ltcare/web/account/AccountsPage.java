package org.ltcare.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.security.Organisation;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.account.AccountRules;
import org.ltcare.shared.security.account.AccountService;
import org.ltcare.shared.security.account.AccountView;
import org.ltcare.shared.security.account.NewAccount;
import org.ltcare.web.Page;

/**
 * 账户管理: the security administrator's accounts of the bureau, the agency and the assessment agencies, or an
 * institution administrator's own staff. Create (one-time password shown once), change roles, reset the password,
 * deactivate with a reason, reactivate. Thin: every rule is {@link AccountService}'s.
 */
@Named
@ViewScoped
public class AccountsPage extends Page {

    @Inject
    private AccountService accounts;

    private List<AccountView> list = List.of();
    private List<Organisation> organisations = List.of();
    private AccountView selected;

    private String username;
    private String displayName;
    private Long organisationId;
    private List<String> roles = new ArrayList<>();
    private List<String> selectedRoles = new ArrayList<>();
    private String selectedName;
    private String reason;

    public void load() {
        try {
            list = accounts.list(actor);
            organisations = accounts.organisations(actor);
            if (organisationId == null && organisations.size() == 1) {
                organisationId = organisations.get(0).getId();
            }
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public void create() {
        try {
            AccountService.OneTime created = accounts.create(actor, new NewAccount(username, displayName,
                    organisationId, roles(roles)));
            errors.info("accounts.created", created.account().username(), created.password());
            username = null;
            displayName = null;
            roles = new ArrayList<>();
            load();
        } catch (BusinessException e) {
            errors.show(e, "createForm");
        }
    }

    public void saveRoles() {
        try {
            setSelected(accounts.changeRoles(actor, selected.username(), roles(selectedRoles)));
            errors.info("accounts.rolesSaved", selected.username());
            load();
        } catch (BusinessException e) {
            errors.show(e, "editForm");
        }
    }

    public void saveName() {
        try {
            setSelected(accounts.rename(actor, selected.username(), selectedName));
            errors.info("accounts.nameSaved", selected.username());
            load();
        } catch (BusinessException e) {
            errors.show(e, "editForm");
        }
    }

    public void resetPassword() {
        try {
            AccountService.OneTime reset = accounts.resetPassword(actor, selected.username());
            errors.info("accounts.resetDone", selected.username(), reset.password());
            setSelected(reset.account());
            load();
        } catch (BusinessException e) {
            errors.show(e, "editForm");
        }
    }

    public void resetSecondFactor() {
        try {
            setSelected(accounts.resetSecondFactor(actor, selected.username()));
            errors.info("accounts.secondFactorReset", selected.username());
            load();
        } catch (BusinessException e) {
            errors.show(e, "editForm");
        }
    }

    public void deactivate() {
        try {
            setSelected(accounts.deactivate(actor, selected.username(), reason));
            errors.info("accounts.deactivated", selected.username());
            reason = null;
            load();
        } catch (BusinessException e) {
            errors.show(e, "editForm");
        }
    }

    public void reactivate() {
        try {
            setSelected(accounts.reactivate(actor, selected.username()));
            errors.info("accounts.reactivated", selected.username());
            load();
        } catch (BusinessException e) {
            errors.show(e, "editForm");
        }
    }

    public void edit(AccountView account) {
        setSelected(account);
        reason = null;
    }

    /** The roles this administrator may give at all (the service checks them against the organisation). */
    public List<String> getAssignableRoles() {
        Set<Role> all = EnumSet.noneOf(Role.class);
        for (Organisation organisation : organisations) {
            all.addAll(AccountRules.assignable(actor, organisation.getKind()));
        }
        return all.stream().map(Role::name).toList();
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        names.forEach(name -> set.add(Role.valueOf(name)));
        return set;
    }

    public boolean isSecurityAdministrator() {
        return actor.has(Role.SECURITY_ADMIN);
    }

    public List<AccountView> getList() {
        return list;
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }

    public AccountView getSelected() {
        return selected;
    }

    public void setSelected(AccountView selected) {
        this.selected = selected;
        this.selectedName = selected == null ? null : selected.displayName();
        this.selectedRoles = selected == null ? new ArrayList<>()
                : new ArrayList<>(selected.roles().stream().map(Role::name).toList());
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public List<String> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<String> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getSelectedName() {
        return selectedName;
    }

    public void setSelectedName(String selectedName) {
        this.selectedName = selectedName;
    }
}
