"""求職活動 (job-seeking activity): 紹介 and 紹介状, 応募 and 応募書類, messages with employers,
お知らせ, the ホーム dashboard and the 有効/無効 switch."""
