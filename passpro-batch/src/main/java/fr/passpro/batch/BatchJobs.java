package fr.passpro.batch;

import java.util.List;
import java.util.Properties;

import fr.passpro.domain.compte.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The one bean through which Passpro starts and queries its batch jobs: Payara lets a job be seen only by the
 * component that started it. Jobs start outside any transaction, so that the job repository in MariaDB is never
 * enlisted in a caller's transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed(Roles.ADMIN)
public class BatchJobs {

    public long start(String jobName, Properties parameters) {
        return operator().start(jobName, parameters);
    }

    public JobExecution execution(long executionId) {
        return operator().getJobExecution(executionId);
    }

    public List<JobExecution> executions(long instanceId) {
        return operator().getJobExecutions(operator().getJobInstance(instanceId));
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
