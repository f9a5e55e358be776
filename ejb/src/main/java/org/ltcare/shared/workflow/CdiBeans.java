package org.ltcare.shared.workflow;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.AbstractMap;
import java.util.Set;

/**
 * Exposes CDI beans by their {@code @Named} name to the engine's expressions (e.g. a delegate expression
 * {@code ${dispatchAssessors}}). The engine only asks for keys it finds in a model, so no listing is needed.
 */
class CdiBeans extends AbstractMap<Object, Object> {

    private final BeanManager beanManager;

    CdiBeans(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && !beanManager.getBeans(name).isEmpty();
    }

    @Override
    public Object get(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        Set<Bean<?>> beans = beanManager.getBeans(name);
        if (beans.isEmpty()) {
            return null;
        }
        Bean<?> bean = beanManager.resolve(beans);
        CreationalContext<?> context = beanManager.createCreationalContext(bean);
        return beanManager.getReference(bean, Object.class, context);
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        throw new UnsupportedOperationException("CDI beans are looked up by name only");
    }
}
