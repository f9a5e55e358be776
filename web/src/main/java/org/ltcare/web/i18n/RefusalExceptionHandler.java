package org.ltcare.web.i18n;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.security.AccessDeniedException;

/**
 * A refusal that no page caught — a role on a page that is not for it, an object the actor may not know of —
 * answers 403 or 404 with the error page, never a 500 (issue 19, F12).
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Integer status = statusOf(events.next().getContext().getException());
            if (status != null && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                send(faces, status);
            }
        }
        getWrapped().handle();
    }

    /** 404 or 403 for a refusal anywhere in the chain of causes; null for anything else. */
    static Integer statusOf(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotFoundException) {
                return 404;
            }
            if (cause instanceof AccessDeniedException) {
                return 403;
            }
        }
        return null;
    }

    static void send(FacesContext faces, int status) {
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
