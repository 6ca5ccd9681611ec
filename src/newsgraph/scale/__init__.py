"""Scale: URLs, feeds, crawls, duplicate stories and Dask."""
