using HousePrices;
using Kaggle.Api;

return KaggleCompetitionRunner.Run(args, new HousePricesCompetition());
