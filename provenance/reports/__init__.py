"""Reports: the CSV reports and run record, summaries, the HTML page, and scoring them."""
