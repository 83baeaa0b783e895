package fr.passpro.it.support;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs calls in parallel threads of the container, each with the caller's identity (asynchronous EJB methods carry
 * it) and, outside any transaction here, a transaction of its own for each service method it calls: concurrent
 * requests, each of which may try again after a refusal as a person would.
 */
@Stateless
public class Parallele {

    /** Waits until every caller is ready ({@code depart}), then calls; the result or the exception comes back. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Future<Object> appeler(CountDownLatch depart, Callable<?> appel) {
        try {
            depart.countDown();
            depart.await(10, TimeUnit.SECONDS);
            return new AsyncResult<>(appel.call());
        } catch (Exception e) {
            return new AsyncResult<>(e);
        }
    }
}
