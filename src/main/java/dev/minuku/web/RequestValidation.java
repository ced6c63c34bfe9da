package dev.minuku.web;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;

/**
 * Bean validation of request bodies reaches every property. With Hibernate ORM
 * present, Quarkus asks ORM for each property whether it is loaded (so that
 * validation never loads a lazy association), and Hibernate Validator remembers
 * each answer in a map made per validation. Request bodies are records read
 * from JSON, never entities, and ORM validates entities with its own resolver,
 * so that question only costs: for a typical analysis request it was about a
 * third of the time spent validating it (docs/performance.md).
 */
@ApplicationScoped
public class RequestValidation implements ValidatorFactoryCustomizer {

    /** Every property may be read and cascaded into. */
    static final class ReachEverything implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    }

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.traversableResolver(new ReachEverything()).enableTraversableResolverResultCache(false);
    }
}
