package org.onevisit.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Housekeeping jobs ({@code @Scheduled}) run on every node; each job must be idempotent. Asynchronous
 * event listeners (Spring Modulith's {@code @ApplicationModuleListener}) run after the publishing
 * transaction commits, on the application task executor, so a request never waits for them.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class SchedulingConfiguration {}
