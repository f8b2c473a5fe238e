package org.jobclass.system;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;

/** Texts of messages.properties in the current request's locale, for controllers and services that compose messages. */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSourceAccessor messages(MessageSource messageSource) {
        return new MessageSourceAccessor(messageSource);
    }
}
