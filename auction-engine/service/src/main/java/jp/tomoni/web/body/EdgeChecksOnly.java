package jp.tomoni.web.body;

import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * The engine checks every request at the edge itself ({@link StrictJson}, {@link RequestValues} and the records'
 * compact constructors), never with Bean Validation ({@code @Valid}). WebFlux is therefore given a validator
 * that finds nothing to check, instead of bootstrapping Hibernate Validator at every start (it is on the
 * class path only for springdoc, which reads its constraint annotations).
 */
@Configuration(proxyBeanMethods = false)
public class EdgeChecksOnly implements WebFluxConfigurer {

    private static final Validator NOTHING_TO_CHECK = new Validator() {
        @Override
        public boolean supports(Class<?> type) {
            return true;
        }

        @Override
        public void validate(Object target, Errors errors) {
            // Every rule was checked when the body was read.
        }
    };

    @Override
    public Validator getValidator() {
        return NOTHING_TO_CHECK;
    }
}
