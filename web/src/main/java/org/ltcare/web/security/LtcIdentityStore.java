package org.ltcare.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.ltcare.shared.security.LoginService;
import org.ltcare.shared.security.Role;

/** Users and roles from our own database (user_account, user_role), with lock-out after failed logins. */
@ApplicationScoped
public class LtcIdentityStore implements IdentityStore {

    @Inject
    private LoginService loginService;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String client = login instanceof ClientCredential withClient ? withClient.client() : null;
        boolean interactive = login instanceof ClientCredential withClient && withClient.interactive();
        LoginService.Result result = loginService.login(login.getCaller(), login.getPassword().getValue(), client,
                interactive);
        if (result.outcome() != LoginService.Outcome.SUCCESS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.account().getUsername(),
                result.account().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
