using HousePrices;
using Kaggle.Core.Runner;

return CompetitionRunner.Run(args, new HousePricesCompetition());
