"""A bare Django project: the baseline the portal's throughput is compared with."""
