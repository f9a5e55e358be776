package org.ltcare.web.apply;

import java.io.Serializable;

/** One entry of the institution select menu: the menu binds the id, the service resolves it. */
public record InstitutionOption(Long id, String name) implements Serializable {
}
