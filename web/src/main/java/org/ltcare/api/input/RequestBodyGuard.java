package org.ltcare.api.input;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * Every request body passes here before an operation reads it: no more than the operation's limit is read (413
 * beyond it), and a JSON body must be UTF-8 (a leading byte-order mark is ignored, as RFC 8259 allows) and of a
 * sane shape ({@link JsonShape}) — so a malformed or hostile body is answered 400 naming the place, and never
 * reaches the binding or a service.
 */
@Provider
public class RequestBodyGuard implements ReaderInterceptor {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Context
    private ResourceInfo resource;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        int limit = limitOf(resource == null ? null : resource.getResourceMethod());
        byte[] body = readAtMost(context.getInputStream(), limit);
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            JsonShape.check(utf8(withoutBom(body)));
            body = withoutBom(body);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static int limitOf(Method method) {
        BodyLimit limit = method == null ? null : method.getAnnotation(BodyLimit.class);
        return limit == null ? ApiLimits.DEFAULT_BODY_BYTES : limit.megabytes() * 1024 * 1024;
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] body = in.readNBytes(limit + 1);
        if (body.length > limit) {
            throw new BodyTooLargeException(limit);
        }
        return body;
    }

    private static byte[] withoutBom(byte[] body) {
        return body.length >= 3 && Arrays.equals(body, 0, 3, UTF8_BOM, 0, 3)
                ? Arrays.copyOfRange(body, 3, body.length) : body;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ValidationException(List.of(new FieldError("", "api.body.notUtf8")));
        }
    }
}
