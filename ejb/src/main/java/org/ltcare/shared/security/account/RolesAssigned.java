package org.ltcare.shared.security.account;

import org.ltcare.shared.security.UserAccount;

/**
 * An account was created or got new roles (a CDI event in the same transaction): the assessment capability keeps
 * its pool of assessors in step — an assessor's account and the pool stay one thing.
 */
public record RolesAssigned(UserAccount account) {
}
