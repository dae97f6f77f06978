package org.onevisit.approval.internal;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine settings that Flowable's Spring Boot properties do not reach (history level, async executor and id
 * generator are in {@code application.properties}). Each was measured with {@code ApprovalEngineBench}; see
 * ADR 0008 and BENCHMARKS.md.
 */
@Configuration(proxyBeanMethods = false)
class EngineSettings {

  @Bean
  EngineConfigurationConfigurer<SpringProcessEngineConfiguration> approvalEngineSettings(
      @Value("${onevisit.approval.engine.parallel-multi-instance-async-leave:false}") boolean asyncLeave,
      @Value("${onevisit.approval.engine.eager-execution-tree-fetching:false}") boolean eagerTree) {
    return configuration -> {
      // Flowable 7+ ends each branch of a parallel multi-instance through an async job by default; that job and
      // the next decision on the same case then update the same execution and one fails. Our decisions on one
      // case are serialised by the approval_case row lock instead, so the branch ends in the deciding
      // transaction: no job, no race.
      configuration.setParallelMultiInstanceAsyncLeave(asyncLeave);
      configuration.setEnableEagerExecutionTreeFetching(eagerTree);
    };
  }
}
