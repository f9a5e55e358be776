package org.ltcare.demo.city;

import java.time.LocalDate;

/**
 * A generated person in care: the admission, where, from when, and where they live (home visits check in there).
 *
 * @param client the person's number among the institution's clients (a care worker's round is four of them)
 */
record CityAdmission(long admissionId, long insuredId, CityInstitution institution, int client, LocalDate startsOn,
                     double latitude, double longitude) {
}
