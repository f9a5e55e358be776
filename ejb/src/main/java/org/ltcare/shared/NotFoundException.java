package org.ltcare.shared;

/** Something that does not exist, or that the acting user may not see (we do not tell the two apart). */
public class NotFoundException extends BusinessException {

    public NotFoundException(String what, Object id) {
        super("error.notFound." + what, what, id);
    }
}
