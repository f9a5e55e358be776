package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.ltcare.shared.security.LoginService;
import org.ltcare.shared.security.LoginService.Outcome;
import org.ltcare.shared.security.UserAccount;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * Logins of one account at the same moment (a nurse on two devices; the load test's users sharing a login): each
 * succeeds — all but one failed with a 500 on the others' update of the account — and wrong passwords sent together
 * are all counted, so a burst of guesses cannot slip past the lock.
 */
class ConcurrentLoginIT extends IntegrationTest {

    private static final int AT_ONCE = 6;

    @Inject
    TestLogins logins;

    @Inject
    LoginService login;

    @Inject
    UserAccountRepository accounts;

    @Resource
    ManagedExecutorService executor;

    @Test
    void loginsOfOneAccountAtTheSameMomentAllSucceed() throws Exception {
        String user = logins.like("nurse");
        for (LoginService.Result result : atOnce(user, "test")) {
            assertEquals(Outcome.SUCCESS, result.outcome());
        }
    }

    @Test
    void wrongPasswordsAtTheSameMomentAreEachCounted() throws Exception {
        String user = logins.like("nurse");
        atOnce(user, "wrong");
        atOnce(user, "wrong");
        UserAccount account = accounts.findByUsername(user).orElseThrow();
        assertTrue(account.isLockedAt(Instant.now()),
                2 * AT_ONCE + " wrong passwords lock the account after " + UserAccount.MAX_FAILED_LOGINS);
        assertEquals(Outcome.LOCKED, login.login(user, "test".toCharArray(), "127.0.0.1", true).outcome());
    }

    private List<LoginService.Result> atOnce(String user, String password) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<LoginService.Result>> racing = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            Callable<LoginService.Result> attempt = () -> {
                start.await();
                return login.login(user, password.toCharArray(), "127.0.0.1", true);
            };
            racing.add(executor.submit(attempt));
        }
        start.countDown();
        List<LoginService.Result> results = new ArrayList<>();
        for (Future<LoginService.Result> outcome : racing) {
            results.add(outcome.get());
        }
        return results;
    }
}
