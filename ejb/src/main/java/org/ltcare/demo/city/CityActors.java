package org.ltcare.demo.city;

import org.ltcare.shared.security.Actor;

/**
 * The region's bureau people the generated history is settled by: the agency officer who generates, first-reviews
 * and pays, the second reviewer and the approver (four eyes: three different people, as the services require).
 */
public record CityActors(Actor officer, Actor secondReviewer, Actor approver) {
}
